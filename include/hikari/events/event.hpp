#pragma once
// The root of the event hierarchy and the compile-time type information that lets the event
// manager deliver an event to listeners of any of its base types without RTTI: every event
// type has one constexpr EventTypeInfo whose `parent` chain lists its bases up to Event.

#include <hikari/core/intents.hpp>

#include <cstddef>
#include <string_view>
#include <type_traits>

namespace hikari {

/// Which gateway intents an event type needs to be sent at all.
struct EventIntents {
    Intents intents;
    /// True when any one of `intents` is enough (MessageCreateEvent: guild or DM messages).
    bool any = false;

    /// The intents missing from `enabled`, or none() when the event can be received.
    [[nodiscard]] constexpr Intents missing_from(Intents enabled) const noexcept {
        if (intents.empty()) return Intents::none();
        if (any) return enabled.any(intents) ? Intents::none() : intents;
        return intents.without(enabled);
    }
};

/// One per event type, as a constant: its address is the type's identity.
struct EventTypeInfo {
    std::string_view name;
    const EventTypeInfo* parent;  ///< null only for Event itself
    EventIntents intents;
    std::size_t depth;  ///< 0 for Event

    /// True when this type is `other` or derives from it.
    [[nodiscard]] constexpr bool is_a(const EventTypeInfo& other) const noexcept {
        // Counted by depth rather than null-checked: GCC 12 cannot compare the address of a
        // variable template with null in a constant expression.
        if (depth < other.depth) return false;
        const EventTypeInfo* type = this;
        for (std::size_t level = depth; level > other.depth; --level) type = type->parent;
        return type == &other;
    }
};

class Event;
class GatewayBot;

namespace detail {

/// The unqualified name of T, read from the compiler's function signature.
template <class T>
constexpr std::string_view short_type_name() noexcept {
    std::string_view text = __PRETTY_FUNCTION__;  // "... [with T = hikari::Foo; ...]"
    const auto start = text.find("T = ");
    if (start == std::string_view::npos) return "Event";
    text.remove_prefix(start + 4);
    const auto end = text.find_first_of(";]");
    text = text.substr(0, end);
    // Drop namespaces, but not the ones of template arguments.
    const auto open = text.find('<');
    const auto colon = text.substr(0, open).rfind("::");
    if (colon != std::string_view::npos) text.remove_prefix(colon + 2);
    return text;
}

template <class E>
constexpr EventTypeInfo make_event_type_info() noexcept;

}  // namespace detail

/// The type information of event type E.
template <class E>
inline constexpr EventTypeInfo event_type_v = detail::make_event_type_info<E>();

/// Base of every event, the library's and the user's. Derive through EventType<Self, Base>,
/// never from Event directly, so that the type information is filled in.
class Event {
  public:
    using base_type = void;
    /// Overridden by event types that need intents; inherited otherwise.
    static constexpr EventIntents required_intents{};

    Event() = default;
    Event(const Event&) = default;
    Event(Event&&) = default;
    Event& operator=(const Event&) = default;
    Event& operator=(Event&&) = default;
    virtual ~Event() = default;

    /// The most derived type of this event.
    [[nodiscard]] virtual const EventTypeInfo& event_type() const noexcept;

    /// The bot that dispatched the event (include <hikari/bot/gateway_bot.hpp> to use it);
    /// null for events dispatched by an EventManager of one's own.
    GatewayBot* app = nullptr;
};

/// Adds the type information to Self, which derives from Base:
///
///     struct EveryoneMentionedEvent : hikari::EventType<EveryoneMentionedEvent> {
///         hikari::Snowflake channel_id;
///     };
///
/// Self may declare `static constexpr EventIntents required_intents` (inherited otherwise)
/// and `static constexpr std::string_view event_name` (its class name otherwise).
template <class Self, class Base = Event>
class EventType : public Base {
  public:
    using base_type = Base;
    using Base::Base;

    [[nodiscard]] const EventTypeInfo& event_type() const noexcept override {
        return event_type_v<Self>;
    }
};

namespace detail {

template <class E>
concept has_event_name = requires {
    std::string_view{E::event_name};
};

/// True when E declares event_name itself rather than inheriting it.
template <class E, class Base>
constexpr bool declares_event_name() noexcept {
    if constexpr (!has_event_name<E>) {
        return false;
    } else if constexpr (!has_event_name<Base>) {
        return true;
    } else {
        return &E::event_name != &Base::event_name;
    }
}

template <class E>
constexpr EventTypeInfo make_event_type_info() noexcept {
    if constexpr (std::is_same_v<E, Event>) {
        return EventTypeInfo{"Event", nullptr, {}, 0};
    } else {
        using Base = typename E::base_type;
        static_assert(std::is_base_of_v<Event, E>, "events derive from hikari::Event");
        static_assert(std::is_base_of_v<EventType<E, Base>, E>,
                      "derive events through hikari::EventType<Self, Base>");
        std::string_view name;
        if constexpr (declares_event_name<E, Base>()) {
            name = E::event_name;
        } else {
            name = short_type_name<E>();
        }
        return EventTypeInfo{name, &event_type_v<Base>, E::required_intents,
                             event_type_v<Base>.depth + 1};
    }
}

}  // namespace detail

inline const EventTypeInfo& Event::event_type() const noexcept {
    return event_type_v<Event>;
}

/// The event as an E when its type is E or derives from E, else null. Costs a walk of the
/// parent chain, never a dynamic_cast.
template <class E>
[[nodiscard]] const E* event_cast(const Event& event) noexcept {
    if (!event.event_type().is_a(event_type_v<E>)) return nullptr;
    return static_cast<const E*>(&event);
}

}  // namespace hikari
