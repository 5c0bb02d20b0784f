#pragma once
// Every event type, the event manager and the event factory.

#include <hikari/events/channel_events.hpp>
#include <hikari/events/event.hpp>
#include <hikari/events/event_factory.hpp>
#include <hikari/events/event_manager.hpp>
#include <hikari/events/exception_event.hpp>
#include <hikari/events/gateway_dispatch.hpp>
#include <hikari/events/guild_events.hpp>
#include <hikari/events/interaction_events.hpp>
#include <hikari/events/lifetime_events.hpp>
#include <hikari/events/member_events.hpp>
#include <hikari/events/message_events.hpp>
#include <hikari/events/poll_events.hpp>
#include <hikari/events/presence_events.hpp>
#include <hikari/events/reaction_events.hpp>
#include <hikari/events/role_events.hpp>
#include <hikari/events/scheduled_event_events.hpp>
#include <hikari/events/shard_events.hpp>
#include <hikari/events/stage_events.hpp>
#include <hikari/events/thread_events.hpp>
#include <hikari/events/typing_events.hpp>
#include <hikari/events/user_events.hpp>
#include <hikari/events/voice_events.hpp>
