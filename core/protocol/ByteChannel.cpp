#include "core/protocol/ByteChannel.h"

namespace fleetdeck::protocol {

ByteChannel::~ByteChannel() = default;

} // namespace fleetdeck::protocol
