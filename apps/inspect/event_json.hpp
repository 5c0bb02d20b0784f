#pragma once
// The models an event carries, written as one JSON object for hikari-inspect.

#include <hikari/events/event.hpp>

#include <string>

namespace hikari::inspect {

/// {"event":"<event type>","models":{"<member>":<model JSON>,...}}: the typed event's model
/// members (message, guild, member, ...) as the model layer writes them; ids-only events
/// have an empty "models".
[[nodiscard]] std::string event_to_json(const Event& event);

}  // namespace hikari::inspect
