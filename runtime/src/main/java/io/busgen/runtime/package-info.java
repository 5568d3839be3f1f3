/**
 * The API of {@code busgen-runtime}: what users of generated code hold and call. Envelopes ({@link
 * io.busgen.runtime.Envelope}), catalogues ({@link io.busgen.runtime.BusCatalog}), adapters' encode and decode
 * ({@link io.busgen.runtime.TypeAdapter}, {@link io.busgen.runtime.EntryAdapter}), replies ({@link
 * io.busgen.runtime.Reply}, {@link io.busgen.runtime.Replies}, {@link io.busgen.runtime.ErrorReplyAdapter}), validation
 * results ({@link io.busgen.runtime.Validator}, {@link io.busgen.runtime.Violation}), errors, options, and the priority
 * outbox. No Jackson type appears in it.
 *
 * <p>Every public and protected signature of this package is listed in {@code runtime/api/runtime.api}, which a test
 * compares with the compiled classes, so that any change to the API shows in review. What only generated code calls
 * is in {@code io.busgen.runtime.internal}, which is not an API.
 */
package io.busgen.runtime;
