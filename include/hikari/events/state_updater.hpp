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
    /// As update(event), given also the dispatch's `d` text the event was built from (padded
    /// as GatewayDispatch::payload is; empty when unknown), for a state that can keep the
    /// text rather than serialise the model again. By default the text is not used.
    virtual void update_from_dispatch(Event& event, std::string_view data) {
        static_cast<void>(data);
        update(event);
    }
    /// For a dispatch that no listener wants: applies it straight from its `d` text (padded
    /// as GatewayDispatch::payload is), with no event built. Returns false, the default, when
    /// this state needs the event; the event is then built and given to update_from_dispatch.
    /// Throws like update() when the text cannot be applied.
    virtual bool update_from_text(std::string_view dispatch_name, std::string_view data) {
        static_cast<void>(dispatch_name);
        static_cast<void>(data);
        return false;
    }
};

}  // namespace hikari
