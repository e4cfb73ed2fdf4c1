/**
 * Reads the operative language of a license by its structure: for each sentence, whether it
 * grants, denies, limits the scope of a grant, prohibits a use, imposes a duty, exempts, defines,
 * disclaims or only asks, and which rights it applies to; and folds those acts into the rights
 * table the decision rests on. Topic words never decide whether a sentence binds; they only name
 * a limit or a restriction's category. Internal: not exported.
 */
package dev.ajar.rights;
