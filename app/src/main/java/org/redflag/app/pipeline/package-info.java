/**
 * Composes the stages into {@code analyze(Document) -> Brief}: article understanding from {@code
 * nlp}, then watchlist screening from {@code match} over the snapshot from {@code lists}. Start
 * with {@link org.redflag.app.pipeline.Engine}.
 */
@NullMarked
package org.redflag.app.pipeline;

import org.jspecify.annotations.NullMarked;
