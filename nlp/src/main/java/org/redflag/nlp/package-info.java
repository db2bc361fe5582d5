/**
 * Reads an article and finds what it talks about: entities resolved inside the document and
 * normalized dates. Start with {@link org.redflag.nlp.TextAnalyzer#load}; the stages behind it are
 * package-private and listed, with one example each, in {@code docs/pipeline.md}.
 */
@NullMarked
package org.redflag.nlp;

import org.jspecify.annotations.NullMarked;
