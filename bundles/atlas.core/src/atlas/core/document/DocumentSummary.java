package atlas.core.document;

import java.time.Instant;

/** One line of a patient's document list: what it is, without its content (read only when opened). */
public record DocumentSummary(long id, DocumentKind kind, String fileName, Instant createdAt, String createdBy) {
}
