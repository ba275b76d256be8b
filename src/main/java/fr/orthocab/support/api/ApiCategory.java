package fr.orthocab.support.api;

import fr.orthocab.support.ticket.TicketCategory;

/** The ticket categories as the API names them. */
enum ApiCategory {
  USAGE(TicketCategory.USAGE_QUESTION),
  FEATURE(TicketCategory.FEATURE_QUESTION),
  BUG(TicketCategory.BUG),
  CONFIGURATION(TicketCategory.CONFIGURATION),
  RENEWAL(TicketCategory.SUBSCRIPTION_RENEWAL),
  OTHER(TicketCategory.OTHER);

  private final TicketCategory category;

  ApiCategory(TicketCategory category) {
    this.category = category;
  }

  TicketCategory category() {
    return category;
  }

  static ApiCategory of(TicketCategory category) {
    for (ApiCategory named : values()) {
      if (named.category == category) {
        return named;
      }
    }
    throw new IllegalArgumentException("No API name for " + category);
  }
}
