package fr.orthocab.support.faq;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a supervisor writes for an article: French required, English optional. */
public record FaqText(
    @NotNull FaqCategory category,
    @NotBlank @Size(max = 200) String titleFr,
    @NotBlank @Size(max = 100_000) String bodyFr,
    @Size(max = 200) String titleEn,
    @Size(max = 100_000) String bodyEn) {}
