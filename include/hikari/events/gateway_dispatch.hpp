#pragma once
// From a gateway dispatch to listeners: what GatewayBot does with each dispatch a shard hands
// on, building only the events someone consumes.

#include <hikari/core/task.hpp>
#include <hikari/events/event_factory.hpp>
#include <hikari/events/event_manager.hpp>
#include <hikari/events/state_updater.hpp>

#include <cstdint>
#include <string_view>

namespace hikari {

/// Dispatches a ShardPayloadEvent if anyone wants one, then the typed event of the dispatch
/// if anyone wants that (EventManager::is_wanted), else only lets the factory observe it.
/// With a `state` (the cache), the event is also built when the state wants the dispatch,
/// and handed to it before any listener sees it. A
/// malformed payload is logged (hikari.event_factory) and dropped, never thrown. The payload
/// is read during the call (padded unless `padded` is false, as for EventFactory::build), so
/// it need not outlive it; the returned task only dispatches. `data` is the `d` object's text
/// within the payload when known (GatewayDispatch::data), as for EventFactory::build.
Task<void> dispatch_gateway_event(EventManager& manager, EventFactory& factory,
                                  std::string_view name, std::uint64_t sequence,
                                  std::string_view payload, unsigned shard_id, bool padded = true,
                                  StateUpdater* state = nullptr, std::string_view data = {});

/// As dispatch_gateway_event, delivered with EventManager::dispatch_now: nothing to await, no
/// coroutine frame per dispatch. What GatewayBot uses for the gateway's stream of events.
void dispatch_gateway_event_now(EventManager& manager, EventFactory& factory, std::string_view name,
                                std::uint64_t sequence, std::string_view payload, unsigned shard_id,
                                bool padded = true, StateUpdater* state = nullptr,
                                std::string_view data = {});

}  // namespace hikari
