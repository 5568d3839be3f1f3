package com.example.infrahub;

import io.busgen.infrahub.GitFileGet;
import io.busgen.infrahub.GitFileGetResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Answers Infrahub's {@code git.file.get} from worktrees on disk, one folder per commit of each repository, as an
 * Infrahub git agent keeps them: {@code <repositories>/<repository_name>/<commit>/<file>}. (A git agent also checks
 * the commit out when it is missing; here the folder must exist.)
 *
 * <p>As upstream, a file that cannot be served is still an answer, with {@code passed: true}: {@code data.content}
 * null, {@code data.error_message} saying why and {@code data.http_code} 400 (a name or path that leaves its folder),
 * 404 (no such repository, commit or file), 413 (larger than {@link #MAX_BYTES}) or 415 (not UTF-8 text).
 */
public final class GitFileService {

    /** The largest file served: a reply travels in one message. */
    public static final long MAX_BYTES = 4L * 1024 * 1024;

    private final Path repositories;

    /**
     * @param repositories the folder holding one folder per repository
     */
    public GitFileService(Path repositories) {
        this.repositories = repositories.toAbsolutePath().normalize();
    }

    /** The response to a request: the file's text, or why there is none. */
    public GitFileGetResponse answer(GitFileGet request) {
        String where = request.repositoryName() + "@" + request.commit() + ":" + request.file();
        Path file;
        try {
            Path worktree = repositories.resolve(segment("repository_name", request.repositoryName()))
                    .resolve(segment("commit", request.commit()));
            Path relative = Path.of(request.file()).normalize();
            if (request.file().isEmpty() || relative.isAbsolute() || relative.startsWith("..")) {
                return error(400, "file \"" + request.file() + "\" is not a path inside the repository");
            }
            file = worktree.resolve(relative).toRealPath();
            if (!file.startsWith(worktree.toRealPath())) {
                return error(400, "file \"" + request.file() + "\" leads out of the repository");
            }
        } catch (IllegalArgumentException e) {
            return error(400, e.getMessage());
        } catch (NoSuchFileException e) {
            return error(404, "no such file: " + where);
        } catch (IOException e) {
            return error(400, "cannot read " + where + ": " + e.getMessage());
        }
        try {
            if (!Files.isRegularFile(file)) {
                return error(404, "no such file: " + where);
            }
            if (Files.size(file) > MAX_BYTES) {
                return error(413, where + " is larger than " + MAX_BYTES + " bytes");
            }
            String content = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            return GitFileGetResponse.builder()
                    .data(GitFileGetResponse.Data.builder().content(content).build())
                    .build();
        } catch (CharacterCodingException e) {
            return error(415, where + " is not UTF-8 text");
        } catch (IOException e) {
            return error(404, "cannot read " + where + ": " + e.getMessage());
        }
    }

    /** A repository name or commit: one folder name, never a path. */
    private static String segment(String field, String value) {
        if (value.isEmpty() || value.equals(".") || value.equals("..") || value.contains("/")
                || value.contains("\\") || value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(field + " \"" + value + "\" is not a folder name");
        }
        return value;
    }

    private static GitFileGetResponse error(long httpCode, String message) {
        return GitFileGetResponse.builder()
                .data(GitFileGetResponse.Data.builder().errorMessage(message).httpCode(httpCode).build())
                .build();
    }
}
