package io.journeyascode.model;

import java.util.Optional;

/** A team that owns touchpoints (declared in playbook.yaml). */
public record Team(Located<String> id, String name, Optional<String> contact) {}
