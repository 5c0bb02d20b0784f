#include "events/event_manager_state.hpp"

#include <hikari/core/errors.hpp>

#include <hikari/events/event_factory.hpp>
#include <hikari/events/exception_event.hpp>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/container/small_vector.hpp>

#include <algorithm>

namespace hikari {

namespace asio = boost::asio;
using detail::EventManagerState;
using detail::Listener;
using detail::StreamState;
using detail::Waiter;

namespace {

std::string describe(const std::exception_ptr& error) {
    try {
        std::rethrow_exception(error);
    } catch (const std::exception& e) {
        return e.what();
    } catch (...) {
        return "an exception not derived from std::exception";
    }
}

/// Counts the listener coroutines of one dispatch still running; the last one wakes it.
struct Join {
    explicit Join(asio::io_context& io) : timer(io, asio::steady_timer::time_point::max()) {}
    std::size_t remaining = 0;
    asio::steady_timer timer;
};

}  // namespace

// ---------------------------------------------------------------------------------------------
// State

namespace detail {

void EventManagerState::warn_missing_intents(const EventTypeInfo& type) const {
    const Intents missing = type.intents.missing_from(intents);
    if (missing.empty()) return;
    if (type.intents.any) {
        logger.warning("{} is only sent with one of the intents {}, and none is enabled", type.name,
                       missing.to_string());
    } else {
        logger.warning("{} is only sent with the intents {}, which are not enabled: {}", type.name,
                       type.intents.intents.to_string(), missing.to_string());
    }
}

bool EventManagerState::remove_listener(ListenerId id) noexcept {
    const auto found = listener_types.find(id);
    if (found == listener_types.end()) return false;
    auto& listeners = slots[found->second].listeners;
    std::erase_if(listeners, [id](const auto& listener) { return listener->id == id; });
    listener_types.erase(found);
    changed();
    return true;
}

void EventManagerState::remove_waiter(const EventTypeInfo& type, const Waiter* waiter) noexcept {
    const auto slot = slots.find(&type);
    if (slot == slots.end()) return;
    std::erase_if(slot->second.waiters, [waiter](const auto& w) { return w.get() == waiter; });
    changed();
}

void EventManagerState::remove_stream(const StreamState* stream) noexcept {
    const auto slot = slots.find(stream->type);
    if (slot == slots.end()) return;
    std::erase_if(slot->second.streams, [stream](const auto& s) { return s.get() == stream; });
    changed();
}

bool EventManagerState::wants(const EventTypeInfo& type) const noexcept {
    for (const EventTypeInfo* t = &type; t != nullptr; t = t->parent) {
        const auto slot = slots.find(t);
        if (slot != slots.end() && !slot->second.empty()) return true;
    }
    return false;
}

}  // namespace detail

// ---------------------------------------------------------------------------------------------
// Subscription

Subscription::Subscription(Subscription&& other) noexcept
    : state_(std::move(other.state_)), id_(std::exchange(other.id_, 0)) {}

Subscription& Subscription::operator=(Subscription&& other) noexcept {
    if (this != &other) {
        unsubscribe();
        state_ = std::move(other.state_);
        id_ = std::exchange(other.id_, 0);
    }
    return *this;
}

Subscription::~Subscription() {
    unsubscribe();
}

void Subscription::unsubscribe() noexcept {
    if (auto state = state_.lock()) state->remove_listener(id_);
    state_.reset();
    id_ = 0;
}

bool Subscription::active() const noexcept {
    const auto state = state_.lock();
    return state && state->listener_types.contains(id_);
}

// ---------------------------------------------------------------------------------------------
// Streams

RawEventStream& RawEventStream::operator=(RawEventStream&& other) noexcept {
    if (this != &other) {
        close();
        state_ = std::move(other.state_);
    }
    return *this;
}

RawEventStream::~RawEventStream() {
    close();
}

void RawEventStream::close() noexcept {
    if (!state_ || !state_->open) return;
    state_->open = false;
    state_->queue.clear();
    state_->timer.cancel();
    if (auto manager = state_->manager.lock()) manager->remove_stream(state_.get());
}

bool RawEventStream::is_open() const noexcept {
    return state_ && state_->open;
}

std::size_t RawEventStream::dropped() const noexcept {
    return state_ ? state_->dropped : 0;
}

Task<std::shared_ptr<const Event>> RawEventStream::next() {
    const std::shared_ptr<StreamState> state = state_;
    if (!state || !state->open) co_return nullptr;
    if (state->options.limit && state->delivered >= *state->options.limit) {
        close();
        co_return nullptr;
    }
    if (state->queue.empty()) {
        if (state->options.timeout) {
            state->timer.expires_after(*state->options.timeout);
        } else {
            state->timer.expires_at(asio::steady_timer::time_point::max());
        }
        boost::system::error_code ignored;
        co_await state->timer.async_wait(asio::redirect_error(asio::use_awaitable, ignored));
        // Woken by an event (the timer is cancelled), by close(), or by the timeout.
        if (state->queue.empty()) {
            if (state_ == state) close();
            co_return nullptr;
        }
    }
    std::shared_ptr<const Event> event = std::move(state->queue.front());
    state->queue.pop_front();
    ++state->delivered;
    co_return event;
}

// ---------------------------------------------------------------------------------------------
// EventManager

EventManager::EventManager(asio::io_context& io, Intents intents)
    : state_(std::make_shared<EventManagerState>(io, intents)) {}

EventManager::~EventManager() {
    // Wake whoever still waits, so their coroutines end rather than hang.
    state_->closed = true;
    for (auto& [type, slot] : state_->slots) {
        for (auto& waiter : slot.waiters) waiter->timer.cancel();
        for (auto& stream : slot.streams) {
            stream->open = false;
            stream->queue.clear();
            stream->timer.cancel();
        }
    }
}

Intents EventManager::intents() const noexcept {
    return state_->intents;
}

void EventManager::set_intents(Intents intents) noexcept {
    state_->intents = intents;
}

ListenerId EventManager::add_async(const EventTypeInfo& type, AsyncCallback callback,
                                   std::string name) {
    auto listener = std::make_shared<Listener>();
    listener->async_callback = std::move(callback);
    listener->type = &type;
    listener->id = state_->next_id++;
    listener->name =
        name.empty() ? fmt::format("{} listener #{}", type.name, listener->id) : std::move(name);
    state_->warn_missing_intents(type);
    state_->slots[&type].listeners.push_back(listener);
    state_->listener_types.emplace(listener->id, &type);
    state_->changed();
    return listener->id;
}

ListenerId EventManager::add_sync(const EventTypeInfo& type, SyncCallback callback,
                                  std::string name) {
    auto listener = std::make_shared<Listener>();
    listener->sync_callback = std::move(callback);
    listener->type = &type;
    listener->id = state_->next_id++;
    listener->name =
        name.empty() ? fmt::format("{} listener #{}", type.name, listener->id) : std::move(name);
    state_->warn_missing_intents(type);
    state_->slots[&type].listeners.push_back(listener);
    state_->listener_types.emplace(listener->id, &type);
    state_->changed();
    return listener->id;
}

bool EventManager::unsubscribe(ListenerId id) noexcept {
    return state_->remove_listener(id);
}

std::vector<ListenerInfo> EventManager::listeners_of(const EventTypeInfo& type,
                                                     bool polymorphic) const {
    std::vector<ListenerInfo> out;
    for (const EventTypeInfo* t = &type; t != nullptr; t = polymorphic ? t->parent : nullptr) {
        const auto slot = state_->slots.find(t);
        if (slot == state_->slots.end()) continue;
        for (const auto& listener : slot->second.listeners) {
            out.push_back({listener->id, listener->type, listener->name,
                           static_cast<bool>(listener->async_callback)});
        }
    }
    return out;
}

bool EventManager::is_wanted(const EventTypeInfo& type) const noexcept {
    return state_->wants(type);
}

bool EventManager::is_wanted(std::string_view dispatch_name) const {
    auto& cache = state_->wanted_cache;
    if (const auto found = cache.find(dispatch_name); found != cache.end()) return found->second;
    const auto types = event_types_for_dispatch(dispatch_name);
    const bool wanted = std::any_of(types.begin(), types.end(),
                                    [this](const EventTypeInfo* type) { return is_wanted(*type); });
    cache.emplace(std::string(dispatch_name), wanted);
    return wanted;
}

namespace {

Task<void> dispatch_event(std::shared_ptr<EventManagerState> state,
                          std::shared_ptr<const Event> event);

/// Logs a listener's failure and hands it to ExceptionEvent listeners, unless the failed
/// event is an ExceptionEvent itself (a failing exception handler must not loop).
Task<void> report_failure(const std::shared_ptr<EventManagerState>& state, const Listener& listener,
                          const std::shared_ptr<const Event>& event, std::exception_ptr error) {
    const bool is_exception_event = event_cast<ExceptionEvent>(*event) != nullptr;
    state->logger.error("{} raised {} while handling {}{}", listener.name, describe(error),
                        event->event_type().name,
                        is_exception_event ? " (not reported again)" : "");
    if (is_exception_event) co_return;
    auto failure = std::make_shared<ExceptionEvent>();
    failure->failed_event = event;
    failure->listener_name = listener.name;
    failure->listener_event_type = listener.type;
    failure->exception = std::move(error);
    co_await dispatch_event(state, std::move(failure));
}

/// report_failure for a caller that does not wait: owns what the report reads.
Task<void> report_failure_later(std::shared_ptr<EventManagerState> state,
                                std::shared_ptr<Listener> listener,
                                std::shared_ptr<const Event> event, std::exception_ptr error) {
    co_await report_failure(state, *listener, event, std::move(error));
}

Task<void> run_listener(std::shared_ptr<EventManagerState> state,
                        std::shared_ptr<Listener> listener, std::shared_ptr<const Event> event,
                        std::shared_ptr<Join> join) {
    std::exception_ptr error;
    try {
        co_await listener->async_callback(*event);
    } catch (...) {
        error = std::current_exception();
    }
    if (error) co_await report_failure(state, *listener, event, error);
    if (join && --join->remaining == 0) join->timer.cancel();
}

/// Hands `event` to the waiters and streams of `slot`.
void feed_waiters_and_streams(EventManagerState& state, detail::TypeSlot& slot,
                              const std::shared_ptr<const Event>& event) {
    bool waiters_done = false;
    for (const auto& waiter : slot.waiters) {
        if (waiter->done) continue;
        try {
            if (waiter->predicate && !waiter->predicate(*event)) continue;
            waiter->result = event;
        } catch (...) {
            waiter->error = std::current_exception();
        }
        waiter->done = true;
        waiters_done = true;
        waiter->timer.cancel();
    }
    if (waiters_done) {
        std::erase_if(slot.waiters, [](const auto& waiter) { return waiter->done; });
        state.changed();
    }

    for (const auto& stream : slot.streams) {
        if (!stream->open) continue;
        try {
            if (stream->filter && !stream->filter(*event)) continue;
        } catch (const std::exception& e) {
            state.logger.error("a stream filter of {} raised {}; event skipped", stream->type->name,
                               e.what());
            continue;
        }
        if (stream->options.queue_size != 0 && stream->queue.size() >= stream->options.queue_size) {
            ++stream->dropped;
            state.logger.debug("stream of {} is full; {} dropped", stream->type->name,
                               event->event_type().name);
            continue;
        }
        stream->queue.push_back(event);
        stream->timer.cancel();
    }
}

using Targets = boost::container::small_vector<std::shared_ptr<Listener>, 4>;

/// Feeds waiters and streams and returns the listeners of `event`'s type and base types.
/// A snapshot: listeners may subscribe or unsubscribe while the dispatch runs.
Targets collect_targets(EventManagerState& state, const std::shared_ptr<const Event>& event) {
    Targets targets;
    for (const EventTypeInfo* type = &event->event_type(); type != nullptr; type = type->parent) {
        const auto found = state.slots.find(type);
        if (found == state.slots.end()) continue;
        targets.insert(targets.end(), found->second.listeners.begin(),
                       found->second.listeners.end());
        feed_waiters_and_streams(state, found->second, event);
    }
    return targets;
}

// Works from the shared state alone, so listeners still running when the manager is
// destroyed finish safely.
Task<void> dispatch_event(std::shared_ptr<EventManagerState> state,
                          std::shared_ptr<const Event> event) {
    if (!event) co_return;
    const Targets targets = collect_targets(*state, event);

    if (targets.empty()) co_return;
    std::shared_ptr<Join> join;  // made for the first async listener only
    const auto executor = co_await asio::this_coro::executor;
    for (const auto& listener : targets) {
        if (listener->sync_callback) {
            std::exception_ptr error;
            try {
                listener->sync_callback(*event);
            } catch (...) {
                error = std::current_exception();
            }
            if (error) co_await report_failure(state, *listener, event, error);
            continue;
        }
        if (!join) join = std::make_shared<Join>(state->io);
        ++join->remaining;
        asio::co_spawn(executor, run_listener(state, listener, event, join), asio::detached);
    }
    if (join && join->remaining > 0) {
        boost::system::error_code ignored;
        co_await join->timer.async_wait(asio::redirect_error(asio::use_awaitable, ignored));
    }
}

}  // namespace

Task<void> EventManager::dispatch(std::shared_ptr<const Event> event) {
    return dispatch_event(state_, std::move(event));
}

void EventManager::dispatch_now(const std::shared_ptr<const Event>& event) {
    if (!event) return;
    const Targets targets = collect_targets(*state_, event);
    for (const auto& listener : targets) {
        if (!listener->sync_callback) {
            // Nobody waits for it: no join.
            asio::co_spawn(state_->io, run_listener(state_, listener, event, nullptr),
                           asio::detached);
            continue;
        }
        try {
            listener->sync_callback(*event);
        } catch (...) {
            asio::co_spawn(state_->io,
                           report_failure_later(state_, listener, event, std::current_exception()),
                           asio::detached);
        }
    }
}

Task<std::shared_ptr<const Event>> EventManager::wait_for_type(
    const EventTypeInfo& type, Predicate predicate,
    std::optional<std::chrono::milliseconds> timeout) {
    const std::shared_ptr<EventManagerState> state = state_;
    state->warn_missing_intents(type);
    auto waiter = std::make_shared<Waiter>(state->io);
    waiter->predicate = std::move(predicate);
    if (timeout) {
        waiter->timer.expires_after(*timeout);
    } else {
        waiter->timer.expires_at(asio::steady_timer::time_point::max());
    }
    state->slots[&type].waiters.push_back(waiter);
    state->changed();

    boost::system::error_code ignored;
    co_await waiter->timer.async_wait(asio::redirect_error(asio::use_awaitable, ignored));
    if (!waiter->done) state->remove_waiter(type, waiter.get());
    if (waiter->error) std::rethrow_exception(waiter->error);
    if (!waiter->result && state->closed) {
        throw ComponentStateConflictError(
            fmt::format("the event manager was destroyed while waiting for {}", type.name));
    }
    if (!waiter->result) {
        throw EventTimeoutError(
            fmt::format("no {} arrived within {} ms", type.name, timeout ? timeout->count() : -1));
    }
    co_return waiter->result;
}

RawEventStream EventManager::stream_of(const EventTypeInfo& type, Predicate filter,
                                       StreamOptions options) {
    state_->warn_missing_intents(type);
    auto stream = std::make_shared<StreamState>(state_->io);
    stream->type = &type;
    stream->filter = std::move(filter);
    stream->options = options;
    stream->manager = state_;
    state_->slots[&type].streams.push_back(stream);
    state_->changed();
    return RawEventStream(std::move(stream));
}

}  // namespace hikari
