package io.journeyascode.model;

/** A touchpoint together with the journey that holds it. */
public record TouchpointRef(Journey journey, Touchpoint touchpoint) {

    /** {@code journey-id/touchpoint-id}, unique across the playbook once ids are unique. */
    public String qualifiedId() {
        return journey.id().value() + "/" + touchpoint.id().value();
    }
}
