package org.jnova.domain.error;

import java.util.Map;

/** Nova's {@code ImageNotFound} (code 404): No image with that id. */
public class ImageNotFound extends NotFound {
    public static final String MSG_FMT = "Image %(image_id)s could not be found.";
    public static final int CODE = 404;

    /** As Nova raises it, with its keyword arguments. */
    public ImageNotFound(String imageId) {
        this(null, kwargsOf("image_id", imageId));
    }

    /** Rebuilt from the wire (or with an explicit message); a null message is formatted from MSG_FMT. */
    public ImageNotFound(String message, Map<String, ?> kwargs) {
        this(message == null ? format(MSG_FMT, kwargs) : message, CODE, kwargs);
    }

    protected ImageNotFound(String message, int code, Map<String, ?> kwargs) {
        super(message, code, kwargs);
    }
}
