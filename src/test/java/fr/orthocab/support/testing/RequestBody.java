package fr.orthocab.support.testing;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * What a request sent with the JDK's client carried, for the OpenAPI checks; plain JDK, so that it
 * runs inside the server too ({@link InContainerApiCalls}).
 */
final class RequestBody {
  private RequestBody() {}

  /** The bytes a request's publisher sends (the JDK's publishers can be read more than once). */
  static String of(HttpRequest request) {
    return request
        .bodyPublisher()
        .filter(publisher -> publisher.contentLength() != 0)
        .map(RequestBody::drain)
        .orElse(null);
  }

  private static String drain(HttpRequest.BodyPublisher publisher) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CompletableFuture<String> done = new CompletableFuture<>();
    publisher.subscribe(
        new Flow.Subscriber<ByteBuffer>() {
          @Override
          public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
          }

          @Override
          public void onNext(ByteBuffer buffer) {
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            bytes.write(chunk, 0, chunk.length);
          }

          @Override
          public void onError(Throwable failure) {
            done.completeExceptionally(failure);
          }

          @Override
          public void onComplete() {
            done.complete(bytes.toString(StandardCharsets.UTF_8));
          }
        });
    return done.join();
  }
}
