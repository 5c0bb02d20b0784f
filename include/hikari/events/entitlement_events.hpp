#pragma once
// Entitlements to an app's SKUs (hikari.events.monetization_events). Need no intent.

#include <hikari/events/event.hpp>
#include <hikari/model/entitlement.hpp>

namespace hikari {

class EntitlementEvent : public EventType<EntitlementEvent> {
  public:
    Entitlement entitlement;
};

class EntitlementCreateEvent : public EventType<EntitlementCreateEvent, EntitlementEvent> {};
/// ENTITLEMENT_UPDATE: for subscriptions, sent when one ends (with `ends_at`).
class EntitlementUpdateEvent : public EventType<EntitlementUpdateEvent, EntitlementEvent> {};
class EntitlementDeleteEvent : public EventType<EntitlementDeleteEvent, EntitlementEvent> {};

}  // namespace hikari
