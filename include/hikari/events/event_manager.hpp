#pragma once
// The event manager: listeners, one-shot waiters and streams of events, delivered by type
// with polymorphism (a listener of MessageEvent receives every message event). The
// counterpart of hikari's EventManagerImpl.
//
//     manager.subscribe<hikari::MessageCreateEvent>(
//         [](const hikari::MessageCreateEvent& event) -> hikari::Task<void> { ... });
//     auto reply = co_await manager.wait_for<hikari::MessageCreateEvent>(is_reply, 30s);
//     auto stream = manager.stream<hikari::ReactionAddEvent>(on_my_message, {.timeout = 30s});
//     while (auto reaction = co_await stream.next()) { ... }
//
// Everything runs on the io_context given to the constructor, from one thread.

#include <hikari/core/errors_base.hpp>
#include <hikari/core/intents.hpp>
#include <hikari/core/task.hpp>
#include <hikari/events/event.hpp>

#include <chrono>
#include <concepts>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace boost::asio {
class io_context;
}

namespace hikari {

/// wait_for() saw no matching event in time.
class EventTimeoutError : public HikariError {
  public:
    using HikariError::HikariError;
};

using ListenerId = std::uint64_t;

/// What get_listeners() reports about one listener.
struct ListenerInfo {
    ListenerId id = 0;
    const EventTypeInfo* event_type = nullptr;  ///< the type it subscribed to
    std::string name;
    bool is_async = false;
};

/// How a stream behaves; see EventManager::stream().
struct StreamOptions {
    /// next() returns null when no event arrives within this time; nullopt waits forever.
    std::optional<std::chrono::milliseconds> timeout = std::nullopt;
    /// next() returns null after this many events.
    std::optional<std::size_t> limit = std::nullopt;
    /// Events queued beyond this while nobody reads are dropped (newest first); 0: unbounded.
    std::size_t queue_size = 1000;
};

namespace detail {
struct EventManagerState;
struct StreamState;
}  // namespace detail

/// Unsubscribes its listener when destroyed (or on unsubscribe()). Move-only.
class Subscription {
  public:
    Subscription() = default;
    Subscription(Subscription&& other) noexcept;
    Subscription& operator=(Subscription&& other) noexcept;
    Subscription(const Subscription&) = delete;
    Subscription& operator=(const Subscription&) = delete;
    ~Subscription();

    void unsubscribe() noexcept;
    [[nodiscard]] ListenerId id() const noexcept { return id_; }
    [[nodiscard]] bool active() const noexcept;

  private:
    friend class EventManager;
    Subscription(std::weak_ptr<detail::EventManagerState> state, ListenerId id) noexcept
        : state_(std::move(state)), id_(id) {}

    std::weak_ptr<detail::EventManagerState> state_;
    ListenerId id_ = 0;
};

/// The untyped stream behind EventStream<E>.
class RawEventStream {
  public:
    RawEventStream() = default;
    RawEventStream(RawEventStream&&) noexcept = default;
    RawEventStream& operator=(RawEventStream&& other) noexcept;
    RawEventStream(const RawEventStream&) = delete;
    RawEventStream& operator=(const RawEventStream&) = delete;
    ~RawEventStream();

    /// The next event, or null once the stream ended (closed, limit reached, or timed out).
    Task<std::shared_ptr<const Event>> next();
    /// Stops receiving events; queued ones are dropped and next() returns null.
    void close() noexcept;
    [[nodiscard]] bool is_open() const noexcept;
    /// Events received while the queue was full.
    [[nodiscard]] std::size_t dropped() const noexcept;

  private:
    friend class EventManager;
    explicit RawEventStream(std::shared_ptr<detail::StreamState> state) noexcept
        : state_(std::move(state)) {}
    std::shared_ptr<detail::StreamState> state_;
};

/// Events of type E (and its subtypes) as they are dispatched, registered until destroyed.
template <class E>
class EventStream {
  public:
    explicit EventStream(RawEventStream raw) noexcept : raw_(std::move(raw)) {}

    /// The next event, or null once the stream ended (closed, limit reached, or timed out).
    Task<std::shared_ptr<const E>> next() {
        std::shared_ptr<const Event> event = co_await raw_.next();
        if (!event) co_return nullptr;
        co_return std::shared_ptr<const E>(event, static_cast<const E*>(event.get()));
    }
    void close() noexcept { raw_.close(); }
    [[nodiscard]] bool is_open() const noexcept { return raw_.is_open(); }
    [[nodiscard]] std::size_t dropped() const noexcept { return raw_.dropped(); }

  private:
    RawEventStream raw_;
};

template <class E>
concept EventClass = std::derived_from<E, Event>;

template <class F, class E>
concept AsyncListener = std::is_invocable_r_v < Task<void>,
        F,
const E& > &&std::is_same_v<std::invoke_result_t<F, const E&>, Task<void>>;

template <class F, class E>
concept SyncListener =
    std::is_invocable_v<F, const E&> && std::is_void_v<std::invoke_result_t<F, const E&>>;

class EventManager {
  public:
    using AsyncCallback = std::function<Task<void>(const Event&)>;
    using SyncCallback = std::function<void(const Event&)>;
    using Predicate = std::function<bool(const Event&)>;

    /// `intents` are the bot's: subscribing to events they do not cover logs a warning.
    explicit EventManager(boost::asio::io_context& io,
                          Intents intents = Intents::all_unprivileged());
    ~EventManager();
    EventManager(const EventManager&) = delete;
    EventManager& operator=(const EventManager&) = delete;

    /// Calls `callback` for every E (or subtype of E) dispatched until unsubscribe(). The
    /// callback returns Task<void> (run as its own coroutine) or void (run inline). `name`
    /// appears in logs and ExceptionEvent; "<E> listener #<id>" by default.
    template <EventClass E, class F>
    requires AsyncListener<F, E> || SyncListener<F, E> ListenerId subscribe(
        F&& callback,
        std::string name = {}) {  // NOLINT(performance-unnecessary-value-param): moved on below
        if constexpr (AsyncListener<F, E>) {
            return add_async(event_type_v<E>, wrap_async<E>(std::forward<F>(callback)),
                             std::move(name));
        } else {
            return add_sync(event_type_v<E>, wrap_sync<E>(std::forward<F>(callback)),
                            std::move(name));
        }
    }

    /// As subscribe(), with a handle that unsubscribes when destroyed.
    template <EventClass E, class F>
    requires AsyncListener<F, E> || SyncListener<F, E>
    [[nodiscard]] Subscription listen(F&& callback, std::string name = {}) {
        return Subscription(state_, subscribe<E>(std::forward<F>(callback), std::move(name)));
    }

    /// Removes a listener; false when `id` is not subscribed (any more).
    bool unsubscribe(ListenerId id) noexcept;

    /// The listeners an E would be given to: those of E and of its bases when `polymorphic`,
    /// those subscribed to exactly E otherwise. Most derived type first.
    template <EventClass E>
    [[nodiscard]] std::vector<ListenerInfo> get_listeners(bool polymorphic = true) const {
        return listeners_of(event_type_v<E>, polymorphic);
    }
    [[nodiscard]] std::vector<ListenerInfo> listeners_of(const EventTypeInfo& type,
                                                         bool polymorphic = true) const;

    /// Hands `event` to every listener, waiter and stream of its type and base types, and
    /// completes when every listener has returned. Listeners run concurrently; one that
    /// throws is logged and reported as an ExceptionEvent, and the others carry on.
    Task<void> dispatch(std::shared_ptr<const Event> event);
    template <EventClass E>
    Task<void> dispatch(E event) {
        return dispatch(std::shared_ptr<const Event>(std::make_shared<const E>(std::move(event))));
    }

    /// As dispatch(), without waiting: waiters, streams and plain (non-coroutine) listeners
    /// get the event before this returns, in subscription order; coroutine listeners are
    /// started and run on. For events that arrive in a stream, such as the gateway's, where
    /// nothing waits for the listeners and a coroutine frame per event would be waste.
    void dispatch_now(const std::shared_ptr<const Event>& event);

    /// The next E (or subtype) for which `predicate` (if any) is true. Throws
    /// EventTimeoutError after `timeout` (nullopt: no limit), whatever the predicate throws,
    /// and ComponentStateConflictError when the manager is destroyed meanwhile.
    template <EventClass E>
    Task<E> wait_for(std::function<bool(const E&)> predicate,
                     std::optional<std::chrono::milliseconds> timeout) {
        Predicate erased;
        if (predicate) {
            erased = [p = std::move(predicate)](const Event& event) {
                return p(static_cast<const E&>(event));
            };
        }
        std::shared_ptr<const Event> event =
            co_await wait_for_type(event_type_v<E>, std::move(erased), timeout);
        co_return static_cast<const E&>(*event);
    }
    template <EventClass E>
    Task<E> wait_for(std::optional<std::chrono::milliseconds> timeout) {
        return wait_for<E>(std::function<bool(const E&)>{}, timeout);
    }
    Task<std::shared_ptr<const Event>> wait_for_type(
        const EventTypeInfo& type, Predicate predicate,
        std::optional<std::chrono::milliseconds> timeout);

    /// Queues every E (or subtype) passing `filter` (if any) from now until the stream is
    /// destroyed or closed.
    template <EventClass E>
    [[nodiscard]] EventStream<E> stream(std::function<bool(const E&)> filter = {},
                                        StreamOptions options = {}) {
        Predicate erased;
        if (filter) {
            erased = [f = std::move(filter)](const Event& event) {
                return f(static_cast<const E&>(event));
            };
        }
        return EventStream<E>(stream_of(event_type_v<E>, std::move(erased), options));
    }
    template <EventClass E>
    [[nodiscard]] EventStream<E> stream(StreamOptions options) {
        return stream<E>(std::function<bool(const E&)>{}, options);
    }
    [[nodiscard]] RawEventStream stream_of(const EventTypeInfo& type, Predicate filter,
                                           StreamOptions options);

    /// Whether an event of this type would reach any listener, waiter or stream.
    [[nodiscard]] bool is_wanted(const EventTypeInfo& type) const noexcept;
    template <EventClass E>
    [[nodiscard]] bool is_wanted() const noexcept {
        return is_wanted(event_type_v<E>);
    }
    /// Whether any event built from this dispatch ("MESSAGE_CREATE") would reach anyone, so
    /// the caller can skip parsing it. Cached per name until the subscriptions change.
    [[nodiscard]] bool is_wanted(std::string_view dispatch_name) const;

    [[nodiscard]] Intents intents() const noexcept;
    void set_intents(Intents intents) noexcept;

  private:
    template <class E, class F>
    static AsyncCallback wrap_async(F&& callback) {
        return [cb = std::forward<F>(callback)](const Event& event) -> Task<void> {
            return std::invoke(cb, static_cast<const E&>(event));
        };
    }
    template <class E, class F>
    static SyncCallback wrap_sync(F&& callback) {
        return [cb = std::forward<F>(callback)](const Event& event) {
            std::invoke(cb, static_cast<const E&>(event));
        };
    }

    ListenerId add_async(const EventTypeInfo& type, AsyncCallback callback, std::string name);
    ListenerId add_sync(const EventTypeInfo& type, SyncCallback callback, std::string name);

    std::shared_ptr<detail::EventManagerState> state_;
};

}  // namespace hikari
