/**
 * Not an API: what only generated code and busgen itself call (decoding and writing JSON, the validation engine, the
 * regex engines, the format checks). Its classes are public only so that generated code in other packages can call
 * them; any of them may change or go in any release, without notice. Generated code calls the version of this package
 * that its own busgen release ships, so regenerate with the same busgen version as the runtime you depend on.
 *
 * <p>The API is {@link io.busgen.runtime}; its signatures are frozen in {@code runtime/api/runtime.api}.
 */
package io.busgen.runtime.internal;
