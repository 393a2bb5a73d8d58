/** RFC 9562 version 4 layout: version nibble 4, variant bits 10, lower-case hex. */
export const UUID_V4_LAYOUT = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
