package fr.orthocab.support.admin.tokens;

import fr.orthocab.support.account.ApiScope;
import fr.orthocab.support.account.ApiToken;
import fr.orthocab.support.account.ApiTokens;
import fr.orthocab.support.web.CurrentAccount;
import fr.orthocab.support.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** Supervisors' page of ticket API tokens: create one (shown once), revoke one. */
@Named("apiTokens")
@ViewScoped
public class ApiTokensBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ApiTokens tokens;
  @Inject private CurrentAccount me;

  @NotBlank
  @Size(max = 100)
  private String name;

  @NotNull(message = "{fr.orthocab.support.NotChosen.message}")
  private ApiScope scope = ApiScope.WRITE;

  private String created;
  private transient List<ApiToken> all;

  public List<ApiToken> getAll() {
    if (all == null) {
      all = tokens.all();
    }
    return all;
  }

  public void create() {
    created = tokens.create(name, scope, me.required().getId());
    Pages.info("admin_tokens_list.created", name);
    name = null;
    all = null;
  }

  public void revoke(long tokenId) {
    tokens.revoke(tokenId, me.required().getId());
    Pages.info("admin_tokens_list.revoked");
    created = null;
    all = null;
  }

  public ApiScope[] getScopes() {
    return ApiScope.values();
  }

  /** The token just created: the only time it is shown. */
  public String getCreated() {
    return created;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public ApiScope getScope() {
    return scope;
  }

  public void setScope(ApiScope scope) {
    this.scope = scope;
  }
}
