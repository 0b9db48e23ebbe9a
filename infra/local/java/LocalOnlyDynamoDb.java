// DynamoDB Local for this machine only: its Jetty server bound to 127.0.0.1, and a request whose Host
// is not localhost, 127.0.0.1 or [::1] answered 421 (DNS rebinding). The jar has no -host option.
import java.lang.reflect.Field;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

public final class LocalOnlyDynamoDb {
  /** The Host header names this machine (localhost, 127.0.0.1, [::1], any port): local-origins.ts isLocalHost. */
  static boolean localHost(String host) {
    if (host == null) return false;
    String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1) : host.replaceFirst(":\\d+$", "");
    return name.equalsIgnoreCase("localhost") || name.equals("127.0.0.1") || name.equals("[::1]");
  }

  public static void main(String[] args) throws Exception {
    DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(args);
    Field field = DynamoDBProxyServer.class.getDeclaredField("server");
    field.setAccessible(true);
    Server server = (Server) field.get(proxy);
    for (Connector connector : server.getConnectors()) ((ServerConnector) connector).setHost("127.0.0.1");
    server.setHandler(new Handler.Wrapper(server.getHandler()) {
      @Override
      public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (localHost(request.getHeaders().get(HttpHeader.HOST))) return super.handle(request, response, callback);
        Response.writeError(request, response, callback, 421);
        return true;
      }
    });
    proxy.start();
  }
}
