/**
 * The console front end: a local chat over the same core and SQLite, with a stable transcript
 * format that scripts, tests and the demo read.
 */
package org.mentorbot.app.console;
