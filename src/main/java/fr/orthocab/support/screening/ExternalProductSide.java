package fr.orthocab.support.screening;

/**
 * Whose problem a request mentioning Zoom or Webex is: the vendor's own product (EXT-PRODUCTS),
 * Orthocab's (EXT-EXCEPTION), or neither product is mentioned.
 */
public enum ExternalProductSide {
  VENDOR,
  ORTHOCAB,
  NONE
}
