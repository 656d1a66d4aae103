//! The fair queues in front of a domain controller: password writes (a DC serialises them)
//! and user binds (each costs the DC a password check). A request waits its turn, first come
//! first served (tokio's semaphore is FIFO), up to `directory.write_queue_timeout`; past it the
//! answer is "busy, try again in N seconds", with N estimated from the queue ahead and how
//! long the DC has lately taken per operation. Being busy is not being unreachable: it is
//! reported as `DirectoryBusy`, never as a connectivity error.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use tokio::sync::{Semaphore, SemaphorePermit};

/// One queue: `size` operations at once, the rest waiting in order.
pub struct Queue {
    slots: Semaphore,
    size: usize,
    waiting: AtomicUsize,
    /// Recent time per operation, in microseconds (an exponentially weighted mean).
    mean_us: AtomicU64,
}

/// A turn in the queue; dropping it lets the next one in.
pub struct Turn<'a> {
    queue: &'a Queue,
    _permit: SemaphorePermit<'a>,
    started: Instant,
}

impl Drop for Turn<'_> {
    fn drop(&mut self) {
        self.queue.observe(self.started.elapsed());
    }
}

impl Queue {
    /// A queue letting `size` operations run at once; `typical` seeds the time estimate.
    pub fn new(size: usize, typical: Duration) -> Self {
        let size = size.max(1);
        Self {
            slots: Semaphore::new(size),
            size,
            waiting: AtomicUsize::new(0),
            mean_us: AtomicU64::new(typical.as_micros() as u64),
        }
    }

    /// Waits for a turn, at most `bound`. `Err` carries how long to suggest waiting before
    /// trying again.
    pub async fn enter(&self, bound: Duration) -> Result<Turn<'_>, Duration> {
        self.waiting.fetch_add(1, Ordering::AcqRel);
        let permit = tokio::time::timeout(bound, self.slots.acquire()).await;
        self.waiting.fetch_sub(1, Ordering::AcqRel);
        match permit {
            Ok(Ok(permit)) => Ok(Turn {
                queue: self,
                _permit: permit,
                started: Instant::now(),
            }),
            _ => Err(self.retry_after()),
        }
    }

    /// How long the queue ahead would take to drain, rounded up to 5 seconds.
    pub fn retry_after(&self) -> Duration {
        let ahead = self.waiting.load(Ordering::Acquire) as u64 + self.size as u64;
        let per = self.mean_us.load(Ordering::Acquire);
        let us = ahead.saturating_mul(per) / self.size as u64;
        let secs = us.div_ceil(1_000_000).max(1);
        Duration::from_secs(secs.div_ceil(5) * 5)
    }

    /// Operations waiting now.
    pub fn waiting(&self) -> usize {
        self.waiting.load(Ordering::Acquire)
    }

    fn observe(&self, took: Duration) {
        let sample = took.as_micros() as u64;
        // mean += (sample - mean) / 8, without a lock; a lost update only blurs the estimate.
        let old = self.mean_us.load(Ordering::Relaxed);
        let new = old - old / 8 + sample / 8;
        self.mean_us.store(new, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn turns_are_taken_in_order_and_a_full_queue_says_when_to_come_back() {
        let q = Queue::new(1, Duration::from_millis(100));
        let first = q.enter(Duration::from_secs(1)).await.unwrap();
        // The second waits its turn, up to the bound, then is told to come back later.
        let late = q.enter(Duration::from_millis(50)).await;
        let Err(after) = late else {
            panic!("the queue was full")
        };
        assert!(after >= Duration::from_secs(5), "{after:?}");
        drop(first);
        assert!(q.enter(Duration::from_millis(50)).await.is_ok());
    }

    #[tokio::test]
    async fn waiters_are_served_first_come_first_served() {
        let q = std::sync::Arc::new(Queue::new(1, Duration::from_millis(1)));
        let held = q.enter(Duration::from_secs(1)).await.unwrap();
        let order = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let mut tasks = Vec::new();
        for i in 0..5 {
            let (queue, seen) = (q.clone(), order.clone());
            tasks.push(tokio::spawn(async move {
                let _t = queue.enter(Duration::from_secs(5)).await.unwrap();
                seen.lock().unwrap().push(i);
            }));
            // Let each one queue up before the next.
            while q.waiting() < i + 1 {
                tokio::task::yield_now().await;
            }
        }
        drop(held);
        for t in tasks {
            t.await.unwrap();
        }
        assert_eq!(*order.lock().unwrap(), vec![0, 1, 2, 3, 4]);
    }
}
