//! Serving a router on a bound listener until a shutdown signal, letting running requests
//! finish.
//!
//! hyper's HTTP/1.1 connection directly rather than `axum::serve`, which sets no header-read
//! timeout: exposed without a proxy, a client sending half a request line and then nothing
//! would hold its connection (and a task) for as long as it liked. HTTP/1.1 only, as before;
//! HTTP/2 would need its own limits and nothing in front of sspr speaks it to sspr.

use std::net::SocketAddr;
use std::pin::pin;
use std::time::Duration;

use axum::Router;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tower::{Service, ServiceExt};

/// Serves `router` on `listener` until `shutdown` resolves, then stops accepting and waits for
/// the requests under way (idle connections close at once). Handlers see the peer's address
/// (`ConnectInfo<SocketAddr>`). A client gets `header_read_timeout` to send each request's
/// headers; an idle keep-alive connection is closed after as long.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    header_read_timeout: Duration,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(header_read_timeout)
        .keep_alive(true);
    let graceful = GracefulShutdown::new();
    let mut make_service = router.into_make_service_with_connect_info::<SocketAddr>();
    let mut shutdown = pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    accept_failed(e).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        // Infallible: the per-connection service is the router with the peer's address.
        let Ok(ready) = ServiceExt::<SocketAddr>::ready(&mut make_service).await;
        let Ok(service) = ready.call(peer).await;
        let conn = http.serve_connection(TokioIo::new(stream), TowerToHyperService::new(service));
        let conn = graceful.watch(conn);
        tokio::spawn(async move {
            // A client that went away or timed out is routine, not an error of ours.
            if let Err(e) = conn.await {
                tracing::debug!(error = %e, %peer, "connection ended");
            }
        });
    }
    drop(listener);
    graceful.shutdown().await;
    Ok(())
}

/// What `accept` failing means: a connection that died before it was accepted is nothing; a
/// resource shortage (too many open files) passes if we wait a moment instead of spinning.
async fn accept_failed(e: std::io::Error) {
    use std::io::ErrorKind::{ConnectionAborted, ConnectionRefused, ConnectionReset};
    if matches!(
        e.kind(),
        ConnectionAborted | ConnectionRefused | ConnectionReset
    ) {
        return;
    }
    tracing::error!(error = %e, "accepting a connection failed");
    tokio::time::sleep(Duration::from_secs(1)).await;
}
