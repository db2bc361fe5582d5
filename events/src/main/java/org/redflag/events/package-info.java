/**
 * Codes PLOVER/CAMEO events from dependency parses: who did what to whom, when, where, how sure and
 * who says so, with goods and routes. Start with {@link org.redflag.events.EventCoder#create}.
 */
@NullMarked
package org.redflag.events;

import org.jspecify.annotations.NullMarked;
