/**
 * Immutable records that flow through the pipeline: a {@link org.redflag.model.Document} goes in, a
 * {@link org.redflag.model.Brief} comes out. Start with {@code Brief}; its fields are the JSON
 * contract in {@code DESIGN.md}.
 */
@NullMarked
package org.redflag.model;

import org.jspecify.annotations.NullMarked;
