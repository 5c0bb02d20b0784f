#pragma once
// A listener threw (hikari.events.base_events.ExceptionEvent).

#include <hikari/events/event.hpp>

#include <exception>
#include <memory>
#include <string>

namespace hikari {

/// Dispatched when a listener throws. If a listener of ExceptionEvent throws, that is only
/// logged, so a failing handler cannot loop.
class ExceptionEvent : public EventType<ExceptionEvent> {
  public:
    std::shared_ptr<const Event> failed_event;
    std::string listener_name;
    const EventTypeInfo* listener_event_type = nullptr;  ///< the type it subscribed to
    std::exception_ptr exception;

    /// Throws the exception again, to inspect it with catch clauses.
    [[noreturn]] void rethrow() const { std::rethrow_exception(exception); }
};

}  // namespace hikari
