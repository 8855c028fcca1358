"""The Qt-free core: articles, annotations, topics, anchoring, storage and exports."""
