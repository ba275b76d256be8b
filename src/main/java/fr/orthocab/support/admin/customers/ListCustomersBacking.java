package fr.orthocab.support.admin.customers;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.CustomerSearch;
import fr.orthocab.support.customer.Customers;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.subscription.Subscriptions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The customers, found by name or email, pack and coverage now; paged in the database. */
@Named
@ViewScoped
public class ListCustomersBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Coverage filter values: any customer, covered now, or not. */
  public enum Coverage {
    ANY,
    ACTIVE,
    LAPSED
  }

  @Inject private Customers customers;
  @Inject private Subscriptions subscriptions;

  private String words;
  private String packCode;
  private Coverage coverage = Coverage.ANY;
  private LazyDataModel<Customer> found;

  @PostConstruct
  void init() {
    found = new Found(customers, this::search);
  }

  CustomerSearch search() {
    return new CustomerSearch(
        words, packCode, coverage == Coverage.ANY ? null : coverage == Coverage.ACTIVE);
  }

  public List<Pack> getPacks() {
    return subscriptions.packs();
  }

  public Coverage[] getCoverages() {
    return Coverage.values();
  }

  public LazyDataModel<Customer> getFound() {
    return found;
  }

  public String getWords() {
    return words;
  }

  public void setWords(String words) {
    this.words = words;
  }

  public String getPackCode() {
    return packCode;
  }

  public void setPackCode(String packCode) {
    this.packCode = packCode;
  }

  public Coverage getCoverage() {
    return coverage;
  }

  public void setCoverage(Coverage coverage) {
    this.coverage = coverage == null ? Coverage.ANY : coverage;
  }

  interface SearchSource extends java.util.function.Supplier<CustomerSearch>, Serializable {}

  /** One page of the customers the current filters find. */
  private static final class Found extends LazyDataModel<Customer> {
    private static final long serialVersionUID = 1L;
    private final Customers customers;
    private final SearchSource search;

    Found(Customers customers, SearchSource search) {
      this.customers = customers;
      this.search = search;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return Math.toIntExact(customers.count(search.get()));
    }

    @Override
    public List<Customer> load(
        int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return customers.find(search.get(), first, size);
    }

    @Override
    public String getRowKey(Customer customer) {
      return String.valueOf(customer.getId());
    }
  }
}
