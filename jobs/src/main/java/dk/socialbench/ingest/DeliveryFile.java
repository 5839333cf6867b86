package dk.socialbench.ingest;

import java.io.Serializable;

/**
 * A delivery file to ingest: where to read it ({@code uri}) and the name every message uses (its
 * path relative to the input directory, so no server path leaks into reports).
 */
record DeliveryFile(String uri, String name) implements Serializable {}
