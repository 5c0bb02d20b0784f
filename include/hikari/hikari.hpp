#pragma once
// Everything a bot needs, in one include.

// config.hpp first: its CacheComponents::none trips -Wshadow after undefined.hpp's `none`.
#include <hikari/core/config.hpp>

#include <hikari/bot/gateway_bot.hpp>
#include <hikari/cache/cache.hpp>
#include <hikari/core/banner.hpp>
#include <hikari/core/cdn.hpp>
#include <hikari/core/colour.hpp>
#include <hikari/core/errors.hpp>
#include <hikari/core/intents.hpp>
#include <hikari/core/logging.hpp>
#include <hikari/core/permissions.hpp>
#include <hikari/core/snowflake.hpp>
#include <hikari/core/task.hpp>
#include <hikari/core/time.hpp>
#include <hikari/core/token.hpp>
#include <hikari/core/undefined.hpp>
#include <hikari/events/events.hpp>
#include <hikari/gateway/shard.hpp>
#include <hikari/rest/rest_client.hpp>
#include <hikari/rest/transport_error.hpp>
#include <hikari/voice/voice_component.hpp>
