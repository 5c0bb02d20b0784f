#pragma once
// Subscriptions to a premium app (hikari.events.monetization_events). Need no intent.

#include <hikari/events/event.hpp>
#include <hikari/model/subscription.hpp>

namespace hikari {

class SubscriptionEvent : public EventType<SubscriptionEvent> {
  public:
    AppSubscription subscription;
};

class SubscriptionCreateEvent : public EventType<SubscriptionCreateEvent, SubscriptionEvent> {};
class SubscriptionUpdateEvent : public EventType<SubscriptionUpdateEvent, SubscriptionEvent> {};
class SubscriptionDeleteEvent : public EventType<SubscriptionDeleteEvent, SubscriptionEvent> {};

}  // namespace hikari
