/**
 * OpenSanctions data in FollowTheMoney entity JSON lines ({@code entities.ftm.json}) and its delta
 * files. Start with {@link org.redflag.lists.opensanctions.FtmJsonReader}. OpenSanctions data is
 * licensed CC BY-NC 4.0: redflag never bundles it.
 */
@NullMarked
package org.redflag.lists.opensanctions;

import org.jspecify.annotations.NullMarked;
