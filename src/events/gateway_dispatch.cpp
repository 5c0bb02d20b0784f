#include <hikari/core/logging.hpp>
#include <hikari/events/gateway_dispatch.hpp>
#include <hikari/events/shard_events.hpp>

#include <exception>
#include <memory>

namespace hikari {

namespace {

Task<void> dispatch_both(EventManager& manager, std::shared_ptr<const Event> raw,
                         std::shared_ptr<const Event> typed) {
    if (raw) co_await manager.dispatch(std::move(raw));
    if (typed) co_await manager.dispatch(std::move(typed));
}

/// The events one dispatch makes: the raw payload event and the typed one, each only when
/// someone takes it. The cache (state) sees the typed event first.
struct Prepared {
    std::shared_ptr<const Event> raw;
    std::shared_ptr<const Event> typed;
};

/// Lets the state take a dispatch nobody listens to from its text; false when it wants the
/// event built. A text it cannot apply is logged and counts as taken, as a failed update does.
bool apply_text(StateUpdater& state, std::string_view name, unsigned shard_id,
                std::string_view data) {
    try {
        return state.update_from_text(name, data);
    } catch (const std::exception& error) {
        log::get("hikari.cache")
            .error("could not apply {} (shard {}): {}", name, shard_id, error.what());
        return true;
    }
}

/// What the factory tracks from a dispatch for which it builds no event.
void observe(EventFactory& factory, std::string_view name, std::string_view payload, bool padded,
             unsigned shard_id, std::string_view data) {
    try {
        factory.observe(name, payload, padded, shard_id, data);
    } catch (const std::exception& error) {
        log::get("hikari.event_factory")
            .error("could not read {} (shard {}): {}", name, shard_id, error.what());
    }
}

Prepared prepare(EventManager& manager, EventFactory& factory, std::string_view name,
                 std::uint64_t sequence, std::string_view payload, unsigned shard_id, bool padded,
                 StateUpdater* state, std::string_view data) {
    Prepared out;
    if (manager.is_wanted<ShardPayloadEvent>()) {
        out.raw = EventFactory::build_payload_event(name, sequence, payload, shard_id);
    }
    const bool listened = manager.is_wanted(name);
    const bool stateful = state != nullptr && state->wants(name);
    if (!listened && stateful && padded && !data.empty() &&
        apply_text(*state, name, shard_id, data)) {
        observe(factory, name, payload, padded, shard_id, data);
        return out;
    }
    if (listened || stateful) {
        std::shared_ptr<Event> built = factory.try_build(name, payload, shard_id, padded, data);
        if (built && state != nullptr) {
            try {
                state->update_from_dispatch(*built, padded ? data : std::string_view{});
            } catch (const std::exception& error) {
                // A cache that cannot apply one event must not cost the listeners theirs.
                log::get("hikari.cache")
                    .error("could not apply {} (shard {}): {}", name, shard_id, error.what());
            }
        }
        if (listened) out.typed = std::move(built);
    } else {
        observe(factory, name, payload, padded, shard_id, data);
    }
    return out;
}

}  // namespace

Task<void> dispatch_gateway_event(EventManager& manager, EventFactory& factory,
                                  std::string_view name, std::uint64_t sequence,
                                  std::string_view payload, unsigned shard_id, bool padded,
                                  StateUpdater* state, std::string_view data) {
    // Not a coroutine: the payload is read now, while the shard's buffer is valid.
    Prepared events =
        prepare(manager, factory, name, sequence, payload, shard_id, padded, state, data);
    return dispatch_both(manager, std::move(events.raw), std::move(events.typed));
}

void dispatch_gateway_event_now(EventManager& manager, EventFactory& factory, std::string_view name,
                                std::uint64_t sequence, std::string_view payload, unsigned shard_id,
                                bool padded, StateUpdater* state, std::string_view data) {
    Prepared events =
        prepare(manager, factory, name, sequence, payload, shard_id, padded, state, data);
    manager.dispatch_now(events.raw);
    manager.dispatch_now(events.typed);
}

}  // namespace hikari
