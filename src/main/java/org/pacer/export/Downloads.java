package org.pacer.export;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file to download, for the portal's links and the API alike. */
final class Downloads {

	private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private Downloads() {
	}

	public static ResponseEntity<byte[]> csv(byte[] content, String fileName) {
		return file(content, fileName, CSV);
	}

	public static ResponseEntity<byte[]> pdf(byte[] content, String fileName) {
		return file(content, fileName, MediaType.APPLICATION_PDF);
	}

	private static ResponseEntity<byte[]> file(byte[] content, String fileName, MediaType type) {
		return ResponseEntity.ok().contentType(type)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
				.body(content);
	}
}
