/**
 * Offline matching for programs that collect sign-ups in a spreadsheet: {@code mentorbot match}
 * reads mentors, mentees and history as CSV, runs the core's matching engine and writes the result
 * as JSON. Bad input is reported row by row and writes nothing.
 */
package org.mentorbot.app.match;
