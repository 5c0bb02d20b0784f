#pragma once
// The hook through which a cache sees every event built from a dispatch before listeners do,
// so that it can fill in the "old" state of update and delete events and then update itself.

#include <hikari/events/event.hpp>

#include <string_view>

namespace hikari {

class StateUpdater {
  public:
    StateUpdater() = default;
    StateUpdater(const StateUpdater&) = delete;
    StateUpdater& operator=(const StateUpdater&) = delete;
    virtual ~StateUpdater() = default;

    /// Whether events built from this dispatch ("GUILD_CREATE") change the state, so that
    /// they must be built even when no listener wants them.
    [[nodiscard]] virtual bool wants(std::string_view dispatch_name) const noexcept = 0;
    /// Called once per built event, before any listener sees it: copies the state the event
    /// replaces into its `old` fields, then applies the event.
    virtual void update(Event& event) = 0;
};

}  // namespace hikari
