#pragma once
// What a dispatch's builder gets, shared by event_factory.cpp and feature_builders.cpp.

#include "events/dispatch_fields.hpp"

#include <hikari/events/event.hpp>

#include <memory>
#include <string_view>
#include <unordered_map>

namespace hikari::events_detail {

struct Context {
    DispatchFields& d;
    unsigned shard_id;
    // Guild -> the shard that announced it; shards share one factory.
    std::unordered_map<Snowflake, unsigned>& unavailable_guilds;
};

using EventPtr = std::shared_ptr<Event>;
using Builder = EventPtr (*)(Context&);
using BuilderMap = std::unordered_map<std::string_view, Builder>;

/// Adds the builders of auto moderation, entitlements, subscriptions, invites, integrations,
/// soundboard sounds, audit log entries, thread members, voice channel state, command
/// permissions and RATE_LIMITED.
void add_feature_builders(BuilderMap& map);

}  // namespace hikari::events_detail
