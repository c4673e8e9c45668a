using System.Collections.Generic;
using RefOrder;

namespace ValidCode
{
    /// <summary>A tree of refcounted nodes: each node holds a reference on its parent and is guarded by it.</summary>
    [RefCounted]
    [GuardedBy(nameof(Parent))]
    public sealed class TreeNode
    {
        private int _refs = 1;

        /// <summary>A child takes a reference on its parent (kobject_get of the parent), held in <see cref="Parent"/>.</summary>
        public TreeNode([Live] TreeNode? parent, string name)
        {
            parent?.Get();
            Parent = parent;
            Name = name;
        }

        [HoldsRef] public TreeNode? Parent { get; }

        public string Name { get; }

        [HoldsRef] public List<TreeNode> Children { get; } = new List<TreeNode>();

        [Acquires("this")]
        public void Get() => _refs++;

        [TryAcquires("this")]
        public bool TryGet()
        {
            if (_refs == 0)
            {
                return false;
            }

            _refs++;
            return true;
        }

        [Releases("this")]
        public void Put() => _refs--;
    }

    public static class TreeWalks
    {
        /// <summary>Takes a reference on the parent of a live node, uses it, puts it.</summary>
        public static string ParentName([Live] TreeNode node)
        {
            var parent = node.Parent;
            if (parent == null)
            {
                return "";
            }

            parent.Get();
            string name = parent.Name;
            parent.Put();
            return name;
        }

        /// <summary>Drops a child: the child's reference first, the parent's extra reference last.</summary>
        [Releases("child")]
        public static void Detach(TreeNode child)
        {
            var parent = child.Parent;
            if (parent == null || !parent.TryGet())
            {
                child.Put();
                return;
            }

            child.Put();
            parent.Put();
        }

        /// <summary>The parent's own extra reference may go first: the child still holds one on it.</summary>
        [Releases("child")]
        public static int DetachEarly(TreeNode child)
        {
            var parent = child.Parent;
            if (parent == null || !parent.TryGet())
            {
                child.Put();
                return 0;
            }

            parent.Put();
            int siblings = parent.Children.Count;
            child.Put();
            return siblings;
        }

        /// <summary>Walks the children of a live node, pinning each while it is visited.</summary>
        public static int CountNamed([Live] TreeNode node, string name)
        {
            int count = 0;
            foreach (var child in node.Children)
            {
                child.Get();
                if (child.Name == name)
                {
                    count++;
                }

                child.Put();
            }

            return count;
        }
    }
}
