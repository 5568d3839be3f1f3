package io.busgen.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Whether a folder or file of the class cache is the user's own: owned by the user running busgen and writable by no
 * one else. Classes busgen loads from the cache run with the user's rights, so a cache that another user can write
 * into is a way to run their code as this user.
 *
 * <p>The check needs POSIX permissions; on a file system without them (Windows), nothing is refused here and the
 * folder's access control list is what keeps it private (the default folder, in the user's profile, is).
 */
final class CacheTrust {

    /** Who owns a file; the default reads it from the file system, tests substitute their own. */
    @FunctionalInterface
    interface Owners {
        /** The owner of {@code path}, whose attributes, read without following a link, are {@code attributes}. */
        UserPrincipal ownerOf(Path path, PosixFileAttributes attributes) throws IOException;
    }

    /** rwx------, for the folders busgen creates in the cache. */
    static final Set<PosixFilePermission> PRIVATE_FOLDER = PosixFilePermissions.fromString("rwx------");

    /** rw-------, for the files busgen writes in the cache. */
    static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");

    private final @Nullable UserPrincipal user;
    private final Owners owners;

    /**
     * @param user the user running busgen; {@code null} when it cannot be told, and then nothing is trusted
     * @param owners how a file's owner is found
     */
    CacheTrust(@Nullable UserPrincipal user, Owners owners) {
        this.user = user;
        this.owners = owners;
    }

    /** The trust of the user running this JVM, reading owners from the file system. */
    static CacheTrust ofCurrentUser() {
        return new CacheTrust(currentUser(), (path, attributes) -> attributes.owner());
    }

    /**
     * Why {@code path} (a file or folder of the cache, not followed if it is a link) is not the user's own, as the end
     * of a sentence ({@code it is writable by group and others (rwxrwxrwx)}, with {@code it} the given subject); empty
     * when it is, or when the file system has no POSIX permissions.
     */
    Optional<String> distrust(Path path, String subject) throws IOException {
        PosixFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException noPosixPermissions) {
            return Optional.empty();
        }
        if (user == null) {
            return Optional.of("busgen cannot tell which user it runs as, so it cannot check who owns " + subject);
        }
        UserPrincipal owner = owners.ownerOf(path, attributes);
        if (!user.equals(owner)) {
            return Optional.of(subject + " is owned by " + owner.getName() + ", not by you (" + user.getName() + ")");
        }
        Set<PosixFilePermission> permissions = attributes.permissions();
        boolean group = permissions.contains(PosixFilePermission.GROUP_WRITE);
        boolean others = permissions.contains(PosixFilePermission.OTHERS_WRITE);
        if (group || others) {
            return Optional.of(subject + " is writable by " + (group && others ? "group and others" : group ? "group"
                    : "others") + " (" + PosixFilePermissions.toString(permissions) + ")");
        }
        return Optional.empty();
    }

    /** The attribute that creates a folder private to the user, where the file system has POSIX permissions. */
    static FileAttribute<?>[] privateFolder(Path near) {
        return posix(near) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PRIVATE_FOLDER)}
                : new FileAttribute<?>[0];
    }

    /** The attribute that creates a file private to the user, where the file system has POSIX permissions. */
    static FileAttribute<?>[] privateFile(Path near) {
        return posix(near) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PRIVATE_FILE)}
                : new FileAttribute<?>[0];
    }

    private static boolean posix(Path near) {
        return near.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /**
     * The user this JVM runs as: looked up by {@code user.name}, or, when that name is unknown to the system (a
     * container's user without a passwd entry), the owner of a file it creates; {@code null} when neither works.
     */
    private static @Nullable UserPrincipal currentUser() {
        try {
            return FileSystems.getDefault().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name", ""));
        } catch (IOException | UnsupportedOperationException unknownName) {
            try {
                Path probe = Files.createTempFile("busgen-owner-", ".probe");
                try {
                    return Files.getOwner(probe, LinkOption.NOFOLLOW_LINKS);
                } finally {
                    Files.deleteIfExists(probe);
                }
            } catch (IOException | UnsupportedOperationException | SecurityException noProbe) {
                return null;
            }
        }
    }
}
