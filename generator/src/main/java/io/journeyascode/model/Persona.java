package io.journeyascode.model;

import java.util.Optional;

/** A persona a journey is written for (declared in playbook.yaml); description is Markdown. */
public record Persona(Located<String> id, String name, Optional<String> description) {}
