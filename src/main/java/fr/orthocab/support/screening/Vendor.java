package fr.orthocab.support.screening;

/** The external products the policy excludes (EXT-PRODUCTS), and where their own support is. */
public enum Vendor {
  ZOOM("Zoom", "https://support.zoom.com/hc/fr"),
  WEBEX("Cisco Webex Meetings", "https://help.webex.com/fr-fr/");

  private final String displayName;
  private final String supportUrl;

  Vendor(String displayName, String supportUrl) {
    this.displayName = displayName;
    this.supportUrl = supportUrl;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getSupportUrl() {
    return supportUrl;
  }
}
