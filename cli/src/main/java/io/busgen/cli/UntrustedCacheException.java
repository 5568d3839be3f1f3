package io.busgen.cli;

/**
 * The class cache, or an entry in it, is not the user's own (see {@link CacheTrust}): busgen does not use it and runs
 * without the cache. The message is the one-line warning, without its {@code busgen: warning: } prefix.
 */
final class UntrustedCacheException extends Exception {

    private static final long serialVersionUID = 1L;

    UntrustedCacheException(String message) {
        super(message, null, false, false);
    }
}
