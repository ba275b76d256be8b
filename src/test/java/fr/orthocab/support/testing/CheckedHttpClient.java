package fr.orthocab.support.testing;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

/**
 * A JDK client whose every call to {@code /api/**}, and its answer, is held to the API's OpenAPI
 * document ({@link ApiContract}), for code that sends through an {@link HttpClient} of its own (the
 * client generated from the document): the answer is read whole, checked, then handed to the
 * caller's body handler as if it came from the network. Synchronous calls only.
 */
public final class CheckedHttpClient extends HttpClient {
  private final HttpClient http;

  public CheckedHttpClient(HttpClient http) {
    this.http = http;
  }

  @Override
  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    HttpResponse<String> answer =
        http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    ApiContract.ofTheDesk().check(request, answer);
    return new Answered<>(answer, bodyAs(handler, answer));
  }

  private static <T> T bodyAs(HttpResponse.BodyHandler<T> handler, HttpResponse<String> answer) {
    HttpResponse.BodySubscriber<T> subscriber =
        handler.apply(
            new HttpResponse.ResponseInfo() {
              @Override
              public int statusCode() {
                return answer.statusCode();
              }

              @Override
              public HttpHeaders headers() {
                return answer.headers();
              }

              @Override
              public Version version() {
                return answer.version();
              }
            });
    subscriber.onSubscribe(
        new Flow.Subscription() {
          @Override
          public void request(long n) {}

          @Override
          public void cancel() {}
        });
    subscriber.onNext(List.of(ByteBuffer.wrap(answer.body().getBytes(StandardCharsets.UTF_8))));
    subscriber.onComplete();
    return subscriber.getBody().toCompletableFuture().join();
  }

  /** The answer as it came, with its body as the caller's handler made it. */
  private record Answered<T>(HttpResponse<String> answer, T body) implements HttpResponse<T> {
    @Override
    public int statusCode() {
      return answer.statusCode();
    }

    @Override
    public HttpRequest request() {
      return answer.request();
    }

    @Override
    public Optional<HttpResponse<T>> previousResponse() {
      return Optional.empty();
    }

    @Override
    public HttpHeaders headers() {
      return answer.headers();
    }

    @Override
    public Optional<SSLSession> sslSession() {
      return answer.sslSession();
    }

    @Override
    public URI uri() {
      return answer.uri();
    }

    @Override
    public Version version() {
      return answer.version();
    }
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    throw new UnsupportedOperationException("synchronous calls only: each is checked as it ends");
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request,
      HttpResponse.BodyHandler<T> handler,
      HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
    return sendAsync(request, handler);
  }

  @Override
  public Optional<CookieHandler> cookieHandler() {
    return http.cookieHandler();
  }

  @Override
  public Optional<Duration> connectTimeout() {
    return http.connectTimeout();
  }

  @Override
  public Redirect followRedirects() {
    return http.followRedirects();
  }

  @Override
  public Optional<ProxySelector> proxy() {
    return http.proxy();
  }

  @Override
  public SSLContext sslContext() {
    return http.sslContext();
  }

  @Override
  public SSLParameters sslParameters() {
    return http.sslParameters();
  }

  @Override
  public Optional<Authenticator> authenticator() {
    return http.authenticator();
  }

  @Override
  public Version version() {
    return http.version();
  }

  @Override
  public Optional<Executor> executor() {
    return http.executor();
  }
}
