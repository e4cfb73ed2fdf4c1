/**
 * The learned sentence model: a maximum-entropy classifier (OpenNLP) that tells, for one
 * sentence, whether it binds the licensee to keep the work from some use, withholds a freedom,
 * or does neither; trained on sentences written for this project, shipped as a resource and
 * loaded once per classifier.
 *
 * <p>Internal: not exported, except to the corpus tool that retrains the bundled model.
 */
package dev.ajar.learn;
