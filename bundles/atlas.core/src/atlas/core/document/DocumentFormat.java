package atlas.core.document;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file formats a received document may have. A file is taken as one only when its name's
 * ending and its first bytes agree, so a renamed program or a damaged download is refused before
 * it is kept (signatures: PDF 1.7, ISO 32000-1 section 7.5.2 "%PDF-"; JPEG, ITU T.81 SOI marker
 * FF D8 FF; PNG, ISO 15948 section 5.2, 89 50 4E 47 0D 0A 1A 0A).
 */
public enum DocumentFormat {
    PDF("application/pdf", new byte[] { '%', 'P', 'D', 'F', '-' }, "pdf"),
    JPEG("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, "jpg", "jpeg"),
    PNG("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }, "png");

    /** The largest file attached: a scanned letter of a few pages, not a series of images. */
    public static final int LARGEST_BYTES = 10 * 1024 * 1024;

    private final String mediaType;
    private final byte[] signature;
    private final List<String> endings;

    DocumentFormat(String mediaType, byte[] signature, String... endings) {
        this.mediaType = mediaType;
        this.signature = signature;
        this.endings = List.of(endings);
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format whose name ending the file has and whose signature its content starts with. */
    public static Optional<DocumentFormat> of(String fileName, byte[] content) {
        if (fileName == null || content == null) {
            return Optional.empty();
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        String ending = name.substring(name.lastIndexOf('.') + 1);
        return Arrays.stream(values()).filter(format -> format.endings.contains(ending))
                .filter(format -> content.length >= format.signature.length
                        && Arrays.equals(content, 0, format.signature.length, format.signature, 0,
                                format.signature.length))
                .findFirst();
    }
}
