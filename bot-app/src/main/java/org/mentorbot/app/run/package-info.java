/** {@code mentorbot run}: starts every configured platform over one core and database. */
package org.mentorbot.app.run;
